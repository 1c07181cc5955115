package ma.mocharaka.portal.budget;

/** How a proposal arrived: typed online by a citizen, or entered by staff from a forum's workshops. */
public enum ProjectSource {
    ONLINE, FORUM
}
