package org.gatelab.io;

import java.nio.ByteBuffer;

/**
 * The floating-point element types GateLab reads from {@code .safetensors} files.
 *
 * <p>All four can be read (and are converted to {@code double}); only {@link #F64} and {@link #F32} can be written.
 * Buffers passed to {@link #decode} and {@link #encode} must be little-endian.
 */
public enum Dtype {
    /** IEEE 754 binary64. */
    F64(8),
    /** IEEE 754 binary32. */
    F32(4),
    /** IEEE 754 binary16 (half precision); read only. */
    F16(2),
    /** bfloat16 (the upper half of a binary32); read only. */
    BF16(2);

    private final int byteSize;

    Dtype(int byteSize) {
        this.byteSize = byteSize;
    }

    /** @return the number of bytes one element occupies */
    public int byteSize() {
        return byteSize;
    }

    /** @return whether {@link Safetensors#write} can produce this dtype */
    public boolean isWritable() {
        return this == F64 || this == F32;
    }

    /**
     * Looks a dtype up by its safetensors name (exact, upper case, e.g. {@code "F32"}).
     *
     * @param name the name as it appears in a header
     * @return the dtype, or {@code null} if GateLab does not support it
     */
    static Dtype fromName(String name) {
        for (Dtype d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /** Decodes {@code count} elements from {@code src} into {@code dst[offset...]}. */
    void decode(ByteBuffer src, double[] dst, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            dst[i] = switch (this) {
                case F64 -> src.getDouble();
                case F32 -> src.getFloat();
                case F16 -> halfToDouble(src.getShort());
                case BF16 -> Float.intBitsToFloat((src.getShort() & 0xFFFF) << 16);
            };
        }
    }

    /** Encodes one value into {@code dst}; F32 narrows with a plain {@code (float)} cast. */
    void encode(double value, ByteBuffer dst) {
        switch (this) {
            case F64 -> dst.putDouble(value);
            case F32 -> dst.putFloat((float) value);
            default -> throw new IllegalStateException("cannot write " + this);
        }
    }

    /** Converts IEEE 754 binary16 bits to a double (exact: every half value is representable). */
    static double halfToDouble(short half) {
        int bits = half & 0xFFFF;
        boolean negative = (bits & 0x8000) != 0;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        double magnitude;
        if (exponent == 0x1F) {
            magnitude = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exponent == 0) {
            magnitude = mantissa * 0x1p-24; // zero or subnormal
        } else {
            magnitude = (1024 + mantissa) * Math.scalb(1.0, exponent - 25);
        }
        return negative ? -magnitude : magnitude;
    }
}
