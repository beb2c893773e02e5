package dev.keel.archprobe.stray;

/** Breaks layers: a class in a package no layer names. */
public final class Stray {
  private Stray() {}

  static String name() {
    return "stray";
  }
}
