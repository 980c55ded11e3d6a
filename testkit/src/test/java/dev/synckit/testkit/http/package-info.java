/**
 * HTTP as a browser on another site sends it, for tests of who a loopback surface answers: the Host and Origin
 * headers Java's HTTP client will not let a caller choose.
 */
package dev.synckit.testkit.http;
