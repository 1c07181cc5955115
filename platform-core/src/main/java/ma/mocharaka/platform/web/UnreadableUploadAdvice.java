package ma.mocharaka.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A form with a file posted as something other than multipart (a script, a broken client) made Spring throw, which
 * the servlet container reported as a server error. It is the sender's mistake: the localized 400 page (or 413 for
 * an upload above the outer limit). Controllers' own handlers still come first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnreadableUploadAdvice {

    @ExceptionHandler(MultipartException.class)
    void unreadable(MultipartException e, HttpServletResponse response) throws IOException {
        response.sendError(e instanceof MaxUploadSizeExceededException
                ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
    }
}
