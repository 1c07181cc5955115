package ma.mocharaka.platform.tenancy;

import java.util.Map;
import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/** Carries the submitting thread's commune and log context into async work, and clears both when it ends. */
public class CommuneTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Optional<Commune> commune = CurrentCommune.get();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> previousLogContext = MDC.getCopyOfContextMap();
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                if (commune.isPresent()) {
                    CurrentCommune.runAs(commune.get(), task);
                } else {
                    task.run();
                }
            } finally {
                if (previousLogContext == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(previousLogContext);
                }
            }
        };
    }
}
