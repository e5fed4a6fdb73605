package dev.portico.hr.service;

import java.io.Serializable;

/**
 * Absence in one department or of one type, this month against last: calendar days of absence
 * inside each month, and the rate = those days over (people in service × days of the month), in
 * percent with one decimal. {@code group} is {@code department} or {@code type}.
 */
public record AbsenceRate(String group, String label, long daysThisMonth, long daysLastMonth, double rateThisMonth,
                          double rateLastMonth) implements Serializable {
}
