package dev.portico.modules.service;

import java.time.Duration;

/** How the queue writes the time left before a ticket's SLA is missed: "3 h 05 min", "overdue 1 d 2 h". */
final class SlaClock {

    private SlaClock() {
    }

    static String format(Duration left, String overdueWord) {
        Duration magnitude = left.abs();
        long days = magnitude.toDays();
        long hours = magnitude.toHoursPart();
        long minutes = magnitude.toMinutesPart();
        String text = days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + String.format("%02d", minutes) + " min"
                : minutes + " min";
        return left.isNegative() ? overdueWord + " " + text : text;
    }
}
