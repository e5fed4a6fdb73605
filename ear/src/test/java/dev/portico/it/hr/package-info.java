/** The hr context against the real stack: joiner, mover, leaver, and who may see which fields. */
package dev.portico.it.hr;
