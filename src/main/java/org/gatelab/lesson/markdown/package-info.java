/**
 * The lesson Markdown dialect: CommonMark with {@code $...$} inline and {@code $$...$$} display maths (Pandoc's
 * rules, so prices and code spans stay text) and {@code glossary:} links, parsed into commonmark nodes that the
 * lesson checks validate and the lesson view renders.
 *
 * <p>May use commonmark, JLaTeXMath's parser (to validate, never to draw) and the JDK.
 */
package org.gatelab.lesson.markdown;
