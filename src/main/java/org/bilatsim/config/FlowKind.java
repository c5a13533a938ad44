package org.bilatsim.config;

import java.util.Locale;

/**
 * What a flow between two countries is, so that a target counts like with like: the observed
 * bilateral totals are customs data, which record goods only.
 */
public enum FlowKind {
    /** Goods that cross a customs border: the product markets (by HS heading), a project's imported equipment and its commodity exports. */
    GOODS,
    /** Services, such as travel (visitors' spending in the destination), which customs data do not record. */
    SERVICES,
    /** Government-to-government contracts (defence, energy), which customs statistics may not show. */
    G2G;

    /** The name in configs and files: {@code goods}, {@code services}, {@code g2g}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a config name names, or null. */
    public static FlowKind named(String name) {
        for (FlowKind k : values()) {
            if (k.configName().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
