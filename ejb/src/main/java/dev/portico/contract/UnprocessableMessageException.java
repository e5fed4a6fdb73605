package dev.portico.contract;

/**
 * A message that can never be applied as it is: unreadable, or naming something the receiving
 * side does not know (a SKU, a quote). Retrying cannot help, so the consumer parks it in the
 * dead-letter queue at its first attempt, with this exception's message as the reason; once the
 * cause is mended (the product added, say), an operator replays it from the integration monitor.
 * Anything else that fails a delivery is retried.
 */
public class UnprocessableMessageException extends RuntimeException {

    public UnprocessableMessageException(String message) {
        super(message);
    }

    public UnprocessableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
