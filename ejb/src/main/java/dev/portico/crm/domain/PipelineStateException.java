package dev.portico.crm.domain;

import jakarta.ejb.ApplicationException;

/**
 * A pipeline step the record's state does not allow: qualifying a lead twice, moving a closed
 * opportunity, winning one by hand. The message says what would be allowed. An application
 * exception: the caller gets it as is and nothing of the step is kept.
 */
@ApplicationException(rollback = true)
public class PipelineStateException extends RuntimeException {

    public PipelineStateException(String message) {
        super(message);
    }
}
