package dev.portico.crm.domain;

/** Sales territories; a sales rep works one, a manager several. */
public enum Territory {
    EAST,
    WEST,
    NORTH,
    SOUTH
}
