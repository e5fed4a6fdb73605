package dev.portico.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainRecordsWithTheirLines() {
        List<CsvRecord> records = all("sku,name\r\nA-1,Bolt\r\nA-2,Nut\r\n");
        assertEquals(3, records.size());
        assertEquals(List.of("sku", "name"), records.get(0).fields());
        assertEquals(List.of("A-2", "Nut"), records.get(2).fields());
        assertEquals(List.of(1, 2, 3), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndMoveTheLineCount() {
        List<CsvRecord> records = all("name,city\n\"Smith, \"\"Jr\"\" & Co\",\"Line one\nline two\"\nNext,Town");
        assertEquals(List.of("Smith, \"Jr\" & Co", "Line one\nline two"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "the record after a two-line field starts on line 4");
        assertEquals(List.of("Next", "Town"), records.get(2).fields());
    }

    @Test
    void emptyFieldsAndABlankLineAreRecordsToo() {
        List<CsvRecord> records = all("a,b\n,\n\nx,\n");
        assertEquals(List.of("", ""), records.get(1).fields());
        assertEquals(List.of(""), records.get(2).fields());
        assertEquals(List.of("x", ""), records.get(3).fields());
        assertEquals(4, records.get(3).line());
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsNoFinalLineBreak() {
        List<CsvRecord> records = all("\uFEFFsku\nA");
        assertEquals(List.of("sku"), records.get(0).fields());
        assertEquals(List.of("A"), records.get(1).fields());
        assertEquals(2, records.size());
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpenedOn() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> all("a\nok\n\"never\nclosed\n"));
        assertEquals(3, e.line());
    }

    @Test
    void aStrayQuoteIsRefused() {
        CsvFormatException inside = assertThrows(CsvFormatException.class, () -> all("a\nab\"c\n"));
        assertEquals(2, inside.line());
        CsvFormatException after = assertThrows(CsvFormatException.class, () -> all("a\n\"ab\"c\n"));
        assertTrue(after.getMessage().contains("after a closing quote"));
    }

    private static List<CsvRecord> all(String text) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            Optional<CsvRecord> record;
            while ((record = reader.next()).isPresent()) {
                records.add(record.get());
            }
        }
        return records;
    }
}
