/** Access use cases: looking up partner organisations (later: policy, grants, reviews). */
package dev.portico.access.service;
