/**
 * Order export: the approved trades of a review written as orders a broker or an exchange takes in,
 * with a manifest that says where they came from. It lives apart from the portfolio file because it
 * writes other programs' formats, and the next issues add venues and formats here.
 */
package dev.keel.io.export;
