package dev.portico.platform.export;

import java.io.Serializable;

/** A finished export, ready to be sent as a download. */
public record ExportFile(String filename, String contentType, byte[] content) implements Serializable {
}
