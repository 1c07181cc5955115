package ma.mocharaka.admin.analytics;

/** Population bands to compare communes of a similar size (bounds in inhabitants, upper bound excluded). */
public enum PopulationBand {
    UNDER_10K(0, 10_000), FROM_10K_TO_50K(10_000, 50_000), FROM_50K_TO_200K(50_000, 200_000),
    OVER_200K(200_000, Integer.MAX_VALUE);

    final int from;
    final int to;

    PopulationBand(int from, int to) {
        this.from = from;
        this.to = to;
    }
}
