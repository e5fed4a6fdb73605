/** The HR services' implementations; nothing here is called from outside the context but through its interfaces. */
package dev.portico.hr.service.internal;
