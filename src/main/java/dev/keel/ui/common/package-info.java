/**
 * What every view and view-model of the window shares: background work ({@code TaskRunner}, run by
 * {@code BackgroundTaskRunner} in the window), the undo {@code History}, icons, display formats and
 * the reading of typed numbers. The feature packages use it; it uses none of them.
 */
package dev.keel.ui.common;
