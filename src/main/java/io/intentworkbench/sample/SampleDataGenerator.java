package io.intentworkbench.sample;

import io.intentworkbench.files.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a synthetic file of shop sessions, one row per visit, in which about 15 % of visits end
 * in a purchase. Each visit draws a hidden interest level; page counts and durations grow with it,
 * bounce and exit rates shrink with it, and the chance of buying follows it together with page
 * value, visitor type, month and device. The same seed gives the same file.
 */
public final class SampleDataGenerator {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final double[] MONTH_WEIGHTS = {2, 3, 12, 6, 20, 3, 3, 3, 4, 5, 20, 14};
    private static final double[] MONTH_EFFECT = {0, -1, -0.3, -0.2, -0.2, 0, 0, 0, 0.1, 0.1, 0.6, 0.1};
    private static final String HEADER = "session_id,month,visitor_type,device,traffic_source,region,weekend,"
            + "admin_pages,admin_seconds,info_pages,info_seconds,product_pages,product_seconds,bounce_rate,"
            + "exit_rate,page_value,special_day,purchased";
    private static final double TARGET_SHARE = 0.15;

    private final Random random;

    public SampleDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void write(Path file, int rows, long seed) throws IOException {
        double intercept = calibrateIntercept(rows, seed);
        SampleDataGenerator generator = new SampleDataGenerator(seed);
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(HEADER + "\n");
            for (int i = 1; i <= rows; i++) {
                writer.write(generator.session(i, intercept).csv() + "\n");
            }
            writer.flush();
        });
    }

    /** The intercept that makes about 15 % of the generated visits buy. */
    static double calibrateIntercept(int rows, long seed) {
        double low = -15;
        double high = 5;
        for (int step = 0; step < 30; step++) {
            double middle = (low + high) / 2;
            SampleDataGenerator generator = new SampleDataGenerator(seed);
            int buyers = 0;
            for (int i = 1; i <= rows; i++) {
                buyers += generator.session(i, middle).purchased ? 1 : 0;
            }
            if ((double) buyers / rows < TARGET_SHARE) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    Session session(int index, double intercept) {
        Session s = new Session();
        s.id = String.format(Locale.ROOT, "S%06d", index);
        int month = pick(MONTH_WEIGHTS);
        s.month = MONTHS[month];
        double visitor = random.nextDouble();
        s.visitorType = visitor < 0.84 ? "Returning_Visitor" : visitor < 0.99 ? "New_Visitor" : "Other";
        double device = random.nextDouble();
        s.device = device < 0.55 ? "desktop" : device < 0.92 ? "mobile" : "tablet";
        s.trafficSource = 1 + pick(new double[] {20, 30, 16, 9, 3, 4, 1, 3, 1});
        s.region = 1 + pick(new double[] {39, 9, 19, 10, 3, 7, 6, 4, 4});
        s.weekend = random.nextDouble() < 0.23;
        double interest = random.nextGaussian();
        s.adminPages = poisson(Math.exp(0.2 + 0.6 * interest));
        s.adminSeconds = duration(s.adminPages, 30);
        s.infoPages = poisson(Math.exp(-1.3 + 0.7 * interest));
        s.infoSeconds = random.nextDouble() < 0.01 ? Double.NaN : duration(s.infoPages, 45);
        s.productPages = 1 + poisson(Math.exp(2.6 + 0.7 * interest));
        s.productSeconds = duration(s.productPages, 38);
        s.bounceRate = clamp(0.04 * Math.exp(-0.8 * interest + 0.5 * random.nextGaussian()) - 0.01, 0, 0.2);
        s.exitRate = clamp(s.bounceRate + 0.03 * Math.exp(-0.5 * interest + 0.4 * random.nextGaussian()), 0, 0.2);
        s.specialDay = month == 4 && random.nextDouble() < 0.3 ? 0.2 * (1 + random.nextInt(5)) : 0;
        double valueDraw = random.nextDouble() < 0.2 + 0.1 * Math.max(0, interest) ? 1 : 0;
        s.pageValue = valueDraw * Math.exp(2.5 + 0.6 * interest + 0.8 * random.nextGaussian());
        double logit = intercept + 0.9 * interest + 0.9 * Math.log1p(s.pageValue) - 25 * s.exitRate
                + MONTH_EFFECT[month] + (s.visitorType.equals("New_Visitor") ? 0.5 : 0)
                + (s.device.equals("mobile") ? -0.3 : 0) + (s.trafficSource == 2 ? 0.3 : 0)
                - 1.5 * s.specialDay + 0.5 * random.nextGaussian();
        s.purchased = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        return s;
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-Math.min(mean, 500));
        int k = 0;
        double p = random.nextDouble();
        while (p > limit && k < 1000) {
            k++;
            p *= random.nextDouble();
        }
        return k;
    }

    private double duration(int pages, double secondsPerPage) {
        if (pages == 0) {
            return 0;
        }
        return Math.round(pages * secondsPerPage * Math.exp(0.6 * random.nextGaussian()) * 10) / 10.0;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** One generated visit. */
    static final class Session {
        String id;
        String month;
        String visitorType;
        String device;
        int trafficSource;
        int region;
        boolean weekend;
        int adminPages;
        double adminSeconds;
        int infoPages;
        double infoSeconds;
        int productPages;
        double productSeconds;
        double bounceRate;
        double exitRate;
        double pageValue;
        double specialDay;
        boolean purchased;

        String csv() {
            return String.join(",", id, month, visitorType, device, String.valueOf(trafficSource),
                    String.valueOf(region), weekend ? "TRUE" : "FALSE", String.valueOf(adminPages),
                    number(adminSeconds), String.valueOf(infoPages), number(infoSeconds),
                    String.valueOf(productPages), number(productSeconds), rate(bounceRate), rate(exitRate),
                    number(pageValue), number(specialDay), purchased ? "TRUE" : "FALSE");
        }

        private static String number(double value) {
            return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.2f", value);
        }

        private static String rate(double value) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
    }
}
