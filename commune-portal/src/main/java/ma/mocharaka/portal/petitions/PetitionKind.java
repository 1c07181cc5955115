package ma.mocharaka.portal.petitions;

/** Art. 121 of organic law 113-14: petitions come from citizens or from associations. */
public enum PetitionKind {
    CITIZENS, ASSOCIATION
}
