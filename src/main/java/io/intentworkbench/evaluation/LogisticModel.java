package io.intentworkbench.evaluation;

import java.util.Arrays;

/**
 * A logistic regression on the encoded features: the simple baseline a network has to beat.
 * Fitted by Newton's method with an L2 penalty of 1 on the weights (not the intercept), the
 * same objective as scikit-learn's LogisticRegression with C=1.
 */
public record LogisticModel(double[] weights, double intercept) {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;

    public static LogisticModel fit(float[] x, int[] y, int width) {
        int n = y.length;
        int k = width + 1;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < n; i++) {
                double p = sigmoid(linear(beta, x, i, width));
                double residual = p - y[i];
                double w = Math.max(p * (1 - p), 1e-10);
                int base = i * width;
                for (int a = 0; a < width; a++) {
                    double xa = x[base + a];
                    if (xa == 0) {
                        continue;
                    }
                    gradient[a] += residual * xa;
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * xa * x[base + b];
                    }
                    hessian[width][a] += w * xa;
                }
                gradient[width] += residual;
                hessian[width][width] += w;
            }
            for (int a = 0; a < width; a++) {
                gradient[a] += beta[a];
                hessian[a][a] += 1;
            }
            symmetrise(hessian);
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < k; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new LogisticModel(Arrays.copyOf(beta, width), beta[width]);
    }

    public double[] predict(float[] x, int rows) {
        double[] beta = Arrays.copyOf(weights, weights.length + 1);
        beta[weights.length] = intercept;
        double[] p = new double[rows];
        for (int i = 0; i < rows; i++) {
            p[i] = sigmoid(linear(beta, x, i, weights.length));
        }
        return p;
    }

    private static double linear(double[] beta, float[] x, int row, int width) {
        double z = beta[width];
        int base = row * width;
        for (int a = 0; a < width; a++) {
            z += beta[a] * x[base + a];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static void symmetrise(double[][] m) {
        int k = m.length;
        for (int a = 0; a < k - 1; a++) {
            for (int b = 0; b < a; b++) {
                m[b][a] = m[a][b];
            }
        }
        for (int a = 0; a < k - 1; a++) {
            m[a][k - 1] = m[k - 1][a];
        }
    }

    /** Solves m x = v by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] m, double[] v) {
        int k = v.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = Arrays.copyOf(m[i], k + 1);
            a[i][k] = v[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double diagonal = Math.abs(a[col][col]) < 1e-12 ? 1e-12 : a[col][col];
            for (int r = col + 1; r < k; r++) {
                double factor = a[r][col] / diagonal;
                if (factor != 0) {
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double sum = a[r][k];
            for (int c = r + 1; c < k; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / (Math.abs(a[r][r]) < 1e-12 ? 1e-12 : a[r][r]);
        }
        return x;
    }
}
