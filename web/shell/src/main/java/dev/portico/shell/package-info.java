/**
 * The portal shell shared by the internal and external portal WARs: layout, menu, current
 * user, sign-out (RP-initiated and back-channel), and error pages. It ships as a Faces JAR in
 * each WAR's {@code WEB-INF/lib}; its {@code web-fragment.xml} carries the security and error
 * configuration so that the WARs' own descriptors only say which portal they are.
 */
package dev.portico.shell;
