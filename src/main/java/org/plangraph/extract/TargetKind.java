package org.plangraph.extract;

/** A target the plan sets, or a baseline it reports as achieved. */
public enum TargetKind {

	TARGET, BASELINE

}
