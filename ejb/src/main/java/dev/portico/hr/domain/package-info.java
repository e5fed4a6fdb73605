/** HR's records: an {@link dev.portico.hr.domain.Employee} in a {@link dev.portico.hr.domain.Department}. */
package dev.portico.hr.domain;
