package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;

/**
 * Where agents get their random numbers: one generator per purpose ("setup", "shocks", "policy")
 * and key (a product, contract or project name), so no part of a run shares a stream with another.
 */
@FunctionalInterface
public interface RandomSource {
    MersenneTwisterFast generator(String purpose, String key);
}
