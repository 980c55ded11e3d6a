package dev.synckit.testkit.rest;

import java.util.Optional;

/** The routes of one Discord resource; empty when the request is not one of them. */
interface RestResource {

    Optional<RestReply> handle(RestRequest request);
}
