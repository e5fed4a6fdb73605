package dev.portico.integration.monitor;

import java.io.Serializable;

/** Messages waiting on a queue, as a browser counts them (at most {@link #CAP}). */
public record DestinationDepth(String destination, long waiting) implements Serializable {

    public static final int CAP = 10_000;
}
