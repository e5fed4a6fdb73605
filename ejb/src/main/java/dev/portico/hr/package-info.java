/**
 * The hr bounded context: departments, employees, absences, positions and the headcount plan,
 * the one source of staff data. It publishes the placements the access model's TERRITORY and
 * TEAM scopes read ({@code hr_placement}) and announces joiners, movers and leavers through the
 * contract ({@link dev.portico.contract.EmployeeJoined} and its siblings). Sensitive fields
 * (salary band, birth date, home address, private phone, performance, absence reasons) are kept
 * in tables of their own with their own read path, and every read of them is access-logged.
 */
package dev.portico.hr;
