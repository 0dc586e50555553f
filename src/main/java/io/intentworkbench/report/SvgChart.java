package io.intentworkbench.report;

import java.util.Locale;

/** Draws a chart as inline SVG, so an HTML report needs no other file and opens offline. */
final class SvgChart {
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 44;

    private SvgChart() {
    }

    static String render(ChartSpec c, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", width, height, width, height,
                        Html.escape(c.title())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"600\">%s</text>",
                LEFT, Html.escape(c.title())));
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#d0d7de\"/>", LEFT, TOP, plotW, plotH));
        for (int i = 0; i <= 4; i++) {
            double vx = c.xMin() + (c.xMax() - c.xMin()) * i / 4;
            double vy = c.yMin() + (c.yMax() - c.yMin()) * i / 4;
            double px = LEFT + plotW * i / 4;
            double py = TOP + plotH - plotH * i / 4;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eaeef2\"/>",
                    px, TOP, px, TOP + plotH));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eaeef2\"/>",
                    LEFT, py, LEFT + plotW, py));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s"
                    + "</text>", px, TOP + plotH + 14, Report.number(vx)));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    LEFT - 5, py + 3, Report.number(vy)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                LEFT + plotW / 2, height - 8, Html.escape(c.xLabel())));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(12,%.1f) rotate(-90)\" font-size=\"11\" "
                + "text-anchor=\"middle\">%s</text>", TOP + plotH / 2, Html.escape(c.yLabel())));
        int legendX = LEFT + 8;
        for (ChartSpec.Series s : c.series()) {
            StringBuilder path = new StringBuilder();
            for (double[] p : s.points()) {
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.2f %.2f",
                        x(c, p[0], plotW), y(c, p[1], plotH)));
            }
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                    path, s.color(), s.dashed() ? " stroke-dasharray=\"5 4\"" : ""));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", legendX, TOP + 10, s.color(), legendX + 16,
                    TOP + 14, Html.escape(s.name())));
            legendX += 30 + 6 * s.name().length();
        }
        for (ChartSpec.Dot d : c.dots()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"%s\"%s/>",
                    x(c, d.x(), plotW), y(c, d.y(), plotH), ChartSpec.color(d.value()),
                    d.ringed() ? " stroke=\"#cf222e\" stroke-width=\"1.2\"" : ""));
        }
        for (double[] m : c.markers()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"5\" fill=\"#cf222e\" "
                    + "stroke=\"white\" stroke-width=\"1.5\"/>", x(c, m[0], plotW), y(c, m[1], plotH)));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(ChartSpec c, double value, double plotW) {
        return LEFT + (value - c.xMin()) / Math.max(1e-12, c.xMax() - c.xMin()) * plotW;
    }

    private static double y(ChartSpec c, double value, double plotH) {
        return TOP + plotH - (value - c.yMin()) / Math.max(1e-12, c.yMax() - c.yMin()) * plotH;
    }
}
