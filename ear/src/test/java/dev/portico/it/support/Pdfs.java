package dev.portico.it.support;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of an exported PDF, as a reader would copy it out (PDFBox), to check what it holds. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static String text(InputStream pdf) throws IOException {
        return text(pdf.readAllBytes());
    }

    /** The text without white space: a table cell or a caption may wrap anywhere, at a hyphen too. */
    public static String compact(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("\\s+", "");
    }
}
