package ma.mocharaka.platform.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Keeps pages working while Redis is away: a session that cannot be loaded is treated as absent and one that cannot
 * be saved is dropped with a warning. Signed-in users must sign in again after an outage; anonymous readers notice
 * nothing.
 */
public class ResilientSessionRepository implements SessionRepository<Session> {

    private static final Logger log = LoggerFactory.getLogger(ResilientSessionRepository.class);

    private final SessionRepository<Session> delegate;

    @SuppressWarnings("unchecked")
    public ResilientSessionRepository(SessionRepository<? extends Session> delegate) {
        this.delegate = (SessionRepository<Session>) delegate;
    }

    @Override
    public Session createSession() {
        try {
            return delegate.createSession();
        } catch (RuntimeException e) {
            log.warn("Session store unreachable, using a request-scoped session: {}", e.toString());
            return new MapSession();
        }
    }

    @Override
    public void save(Session session) {
        if (session instanceof MapSession) {
            return;
        }
        try {
            delegate.save(session);
        } catch (RuntimeException e) {
            log.warn("Session store unreachable, session {} not saved: {}", abbreviated(session), e.toString());
        }
    }

    @Override
    public Session findById(String id) {
        try {
            return delegate.findById(id);
        } catch (RuntimeException e) {
            log.warn("Session store unreachable, treating session as absent: {}", e.toString());
            return null;
        }
    }

    @Override
    public void deleteById(String id) {
        try {
            delegate.deleteById(id);
        } catch (RuntimeException e) {
            log.warn("Session store unreachable, session not deleted: {}", e.toString());
        }
    }

    private static String abbreviated(Session session) {
        String id = session.getId();
        return id.length() > 6 ? id.substring(0, 6) + "…" : id;
    }
}
