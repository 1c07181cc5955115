package ma.mocharaka.portal.information;

/** How a request reached the commune: filed online by a signed-in citizen, or at the counter through staff. */
public enum Channel {
    ONLINE, COUNTER
}
