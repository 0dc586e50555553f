package io.intentworkbench.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.intentworkbench.bundle.ModelBundle;
import io.intentworkbench.files.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The report as a PDF (OpenPDF), with the same content as the HTML report and the charts drawn as vectors. */
public final class PdfReport {
    private static final Font TITLE = new Font(Font.HELVETICA, 17, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f);
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    private static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    /** Sections that start on a page of their own, so charts are not split. */
    private static final Set<String> NEW_PAGE = Set.of("Network and training", "Test metrics beside the baselines",
            "Predictions");

    private PdfReport() {
    }

    public static void write(ModelBundle bundle, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Document document = new Document(PageSize.A4, 48, 48, 48, 48);
            try {
                PdfWriter writer = PdfWriter.getInstance(document, out);
                writer.setCloseStream(false);
                document.addTitle(Report.title(bundle));
                document.addCreator("Intent Workbench " + bundle.manifest().appVersion());
                document.open();
                document.add(new Paragraph(Report.title(bundle), TITLE));
                document.add(new Paragraph("Model saved " + bundle.manifest().createdAt() + " by Intent Workbench "
                        + bundle.manifest().appVersion() + ".", TEXT));
                for (Report.Section section : Report.sections(bundle)) {
                    if (NEW_PAGE.contains(section.title())) {
                        document.newPage();
                    }
                    addSection(document, writer, section);
                }
                document.close();
            } catch (DocumentException e) {
                throw new IOException("the PDF report could not be written: " + e.getMessage(), e);
            }
        });
    }

    private static void addSection(Document document, PdfWriter writer, Report.Section section)
            throws DocumentException {
        Paragraph heading = new Paragraph(section.title(), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        for (String text : section.paragraphs()) {
            Paragraph paragraph = new Paragraph(text, TEXT);
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }
        for (Report.Table table : section.tables()) {
            document.add(table(table));
        }
        for (ChartSpec chart : section.charts()) {
            Image image = Image.getInstance(chart(writer.getDirectContent(), chart, 400, 215));
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(8);
            document.add(image);
        }
    }

    private static PdfPTable table(Report.Table table) {
        PdfPTable pdf = new PdfPTable(table.header().size());
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setSpacingAfter(6);
        pdf.setHeaderRows(1);
        for (String header : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER_CELL));
            cell.setBackgroundColor(new Color(0xf6, 0xf8, 0xfa));
            cell.setBorderColor(GRID);
            cell.setPadding(4);
            pdf.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value, CELL)));
                cell.setBorderColor(GRID);
                cell.setPadding(4);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static PdfTemplate chart(PdfContentByte content, ChartSpec c, float width, float height) {
        PdfTemplate t = content.createTemplate(width, height);
        float left = 48;
        float bottom = 36;
        float top = 26;
        float plotW = width - left - 12;
        float plotH = height - bottom - top;
        BaseFont font = font();
        t.setColorStroke(GRID);
        t.setLineWidth(0.6f);
        t.rectangle(left, bottom, plotW, plotH);
        t.stroke();
        t.beginText();
        t.setFontAndSize(font, 10);
        t.setColorFill(Color.BLACK);
        t.showTextAligned(Element.ALIGN_LEFT, c.title(), left, height - 14, 0);
        t.setFontAndSize(font, 7.5f);
        for (int i = 0; i <= 4; i++) {
            double vx = c.xMin() + (c.xMax() - c.xMin()) * i / 4;
            double vy = c.yMin() + (c.yMax() - c.yMin()) * i / 4;
            t.showTextAligned(Element.ALIGN_CENTER, Report.number(vx), left + plotW * i / 4, bottom - 10, 0);
            t.showTextAligned(Element.ALIGN_RIGHT, Report.number(vy), left - 4, bottom + plotH * i / 4 - 3, 0);
        }
        t.setFontAndSize(font, 8.5f);
        t.showTextAligned(Element.ALIGN_CENTER, c.xLabel(), left + plotW / 2, 6, 0);
        t.showTextAligned(Element.ALIGN_CENTER, c.yLabel(), 10, bottom + plotH / 2, 90);
        t.endText();
        float legendX = left + 8;
        for (ChartSpec.Series s : c.series()) {
            Color color = Color.decode(s.color());
            t.setColorStroke(color);
            t.setLineWidth(1.4f);
            if (s.dashed()) {
                t.setLineDash(4, 3, 0);
            } else {
                t.setLineDash(0);
            }
            boolean first = true;
            for (double[] p : s.points()) {
                float x = (float) (left + (p[0] - c.xMin()) / (c.xMax() - c.xMin()) * plotW);
                float y = (float) (bottom + (p[1] - c.yMin()) / (c.yMax() - c.yMin()) * plotH);
                if (first) {
                    t.moveTo(x, y);
                    first = false;
                } else {
                    t.lineTo(x, y);
                }
            }
            t.stroke();
            t.setLineDash(0);
            t.setColorFill(color);
            t.rectangle(legendX, bottom + plotH - 12, 10, 2.5f);
            t.fill();
            t.beginText();
            t.setFontAndSize(font, 7.5f);
            t.setColorFill(Color.BLACK);
            t.showTextAligned(Element.ALIGN_LEFT, s.name(), legendX + 13, bottom + plotH - 14, 0);
            t.endText();
            legendX += 24 + 4.2f * s.name().length();
        }
        for (ChartSpec.Dot d : c.dots()) {
            float x = (float) (left + (d.x() - c.xMin()) / (c.xMax() - c.xMin()) * plotW);
            float y = (float) (bottom + (d.y() - c.yMin()) / (c.yMax() - c.yMin()) * plotH);
            t.setColorFill(Color.decode(ChartSpec.color(d.value())));
            t.circle(x, y, 1.8f);
            t.fill();
            if (d.ringed()) {
                t.setColorStroke(Color.decode("#cf222e"));
                t.setLineWidth(0.6f);
                t.circle(x, y, 2.6f);
                t.stroke();
            }
        }
        t.setColorFill(Color.decode("#cf222e"));
        for (double[] m : c.markers()) {
            float x = (float) (left + (m[0] - c.xMin()) / (c.xMax() - c.xMin()) * plotW);
            float y = (float) (bottom + (m[1] - c.yMin()) / (c.yMax() - c.yMin()) * plotH);
            t.circle(x, y, 3.5f);
            t.fill();
        }
        return t;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the built-in PDF font is missing", e);
        }
    }
}
