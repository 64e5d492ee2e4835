/**
 * Typeset maths without a toolkit: what a {@link org.gatelab.render.Surface} needs to set a LaTeX formula
 * ({@link org.gatelab.render.math.FormulaBox}, {@link org.gatelab.render.math.MathType}) and the plain-text
 * rendering ({@link org.gatelab.render.math.PlainMath}) a surface falls back to when it cannot typeset. The
 * typesetting itself (JLaTeXMath on a Graphics2D) lives where AWT may be used: {@code export.TeXGraphics}.
 *
 * <p>May use the JDK only.
 */
package org.gatelab.render.math;
