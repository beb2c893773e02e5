/**
 * The workstation's remembered state: window place, recent files, theme and last settings, in a
 * small JSON file of its own. It lives apart because it follows the opposite rule to the portfolio
 * file: losing it costs a few clicks, so reading it never fails.
 */
package dev.keel.io.prefs;
