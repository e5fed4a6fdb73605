package dev.portico.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TableExporterTest {

    private final Table table = new Table("Effective access", "All users; by audrey",
            List.of("User", "Reason"),
            List.of(List.of("alice", "plain"), List.of("bob", "says \"hi\", twice"), List.of("carol", "=HYPERLINK(\"x\")")));

    @Test
    void csvQuotesWhereNeededAndDefusesFormulas() {
        String csv = new String(TableExporter.csv(table), StandardCharsets.UTF_8);
        assertEquals("User,Reason\r\nalice,plain\r\nbob,\"says \"\"hi\"\", twice\"\r\ncarol,\"'=HYPERLINK(\"\"x\"\")\"\r\n", csv);
    }

    @Test
    void pdfHoldsTitleCaptionAndEveryCell() throws Exception {
        ExportFile file = TableExporter.export(table, ExportFormat.PDF, "access");
        assertEquals("access.pdf", file.filename());
        assertEquals("application/pdf", file.contentType());
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Effective access", "All users; by audrey", "alice", "carol", "says \"hi\", twice")) {
                assertTrue(text.contains(expected), () -> expected + " missing from " + text);
            }
        }
    }

    @Test
    void refusesRowsThatDoNotFitTheHeaders() {
        assertThrows(IllegalArgumentException.class, () -> new Table("t", "c", List.of("a", "b"), List.of(List.of("only one"))));
    }
}
