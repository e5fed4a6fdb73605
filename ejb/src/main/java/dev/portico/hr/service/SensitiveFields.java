package dev.portico.hr.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The sensitive fields of one employee: HR's only ({@code hr-sensitive:view}), each read access-logged. */
public record SensitiveFields(String salaryBand, LocalDate dateOfBirth, String homeAddress, String privatePhone,
                              String performanceRating) implements Serializable {

    /** The names the access log records for a read of these fields. */
    public static final List<String> NAMES = List.of("salary_band", "date_of_birth", "home_address", "private_phone",
            "performance_rating");
}
