/** Page requests: how a list is cut into pages and sorted, validated before it reaches a query. */
package dev.portico.platform.paging;
