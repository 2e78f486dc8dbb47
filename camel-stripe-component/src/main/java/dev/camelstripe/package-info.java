/**
 * The {@code stripe:} Camel component.
 */
package dev.camelstripe;
