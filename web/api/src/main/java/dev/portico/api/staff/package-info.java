/**
 * The staff directory and HR over HTTP: {@code /v1/staff} (directory fields, for every member
 * of staff), {@code /v1/staff/{username}} (with the employment record where the caller's
 * {@code hr:view} scope reaches, and the sensitive fields only for HR who ask for them, logged),
 * and {@code /v1/hr/summaries/…} for managers (their team) and HR (everyone).
 */
package dev.portico.api.staff;
