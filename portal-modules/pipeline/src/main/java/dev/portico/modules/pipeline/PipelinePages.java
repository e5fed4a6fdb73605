package dev.portico.modules.pipeline;

import dev.portico.crm.domain.PipelineStateException;
import dev.portico.shell.PageActions;
import java.util.List;

/** What the pipeline's buttons share: a refusal of the pipeline's rules is a message on the page. */
final class PipelinePages {

    static final String MESSAGES = "dev.portico.modules.pipeline.messages";
    static final String LEADS = "dev.portico.modules.pipeline.leads";

    private PipelinePages() {
    }

    static boolean run(String bundle, String doneKey, Runnable action) {
        return PageActions.run(bundle, doneKey, action, List.of(PipelineStateException.class, IllegalArgumentException.class));
    }
}
