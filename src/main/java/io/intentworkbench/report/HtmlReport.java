package io.intentworkbench.report;

import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A self-contained HTML report: styles inline and charts as SVG, so it opens offline in any browser. */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#24292f;max-width:980px;
            margin:32px auto;padding:0 20px;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.2em;margin-top:32px;border-bottom:1px solid #d0d7de;
            padding-bottom:4px}.muted{color:#57606a}table{border-collapse:collapse;margin:10px 0;width:100%;
            font-size:.92em}th,td{border:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}.charts{display:flex;flex-wrap:wrap;gap:16px}
            """;

    private HtmlReport() {
    }

    public static String render(ModelBundle bundle) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>").append(Html.escape(Report.title(bundle))).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>").append(Html.escape(Report.title(bundle))).append("</h1>\n<p class=\"muted\">Model saved ")
                .append(Html.escape(bundle.manifest().createdAt())).append(" by Intent Workbench ")
                .append(Html.escape(bundle.manifest().appVersion())).append(".</p>\n");
        for (Report.Section section : Report.sections(bundle)) {
            html.append("<h2>").append(Html.escape(section.title())).append("</h2>\n");
            section.paragraphs().forEach(p -> html.append("<p>").append(Html.escape(p)).append("</p>\n"));
            section.tables().forEach(t -> table(html, t));
            if (!section.charts().isEmpty()) {
                html.append("<div class=\"charts\">");
                section.charts().forEach(c -> html.append(SvgChart.render(c, 470, 320)));
                html.append("</div>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, Report.Table table) {
        html.append("<table><thead><tr>");
        table.header().forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>\n");
    }

    public static void write(ModelBundle bundle, Path file) throws IOException {
        byte[] content = render(bundle).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(content));
    }
}
