using System.Numerics;

namespace Matchmaking.Matching.Index;

/// <summary>
/// A document's term vectors of all three <see cref="MatchField"/>s in one byte array, as variable-length numbers
/// (7 bits a byte): the three term counts, then per field the term ids as gaps from the previous id (ids ascend), a
/// bitmap with one bit per term (set when its frequency is not 1, least significant bit first) and the frequencies
/// that are not 1. A document's own rare terms get neighbouring ids when it is indexed, and most frequencies are 1, so
/// an entry takes about 2 bytes instead of 6 in two arrays per field. Read by decoding (<see cref="Field"/>), or by
/// scanning for one term (<see cref="FrequencyOf"/>) without allocating.
/// </summary>
internal static class PackedTerms
{
    public static byte[] Empty { get; } = Pack([TermVector.Empty, TermVector.Empty, TermVector.Empty]);

    public static byte[] Pack(ReadOnlySpan<TermVector> fields)
    {
        var buffer = new List<byte>(64);
        foreach (var vector in fields)
        {
            Write(buffer, (uint)vector.Count);
        }

        foreach (var vector in fields)
        {
            var previous = 0;
            foreach (var term in vector.Terms)
            {
                Write(buffer, (uint)(term - previous));
                previous = term;
            }

            var bitmap = buffer.Count;
            buffer.AddRange(new byte[BitmapLength(vector.Count)]);
            for (var i = 0; i < vector.Count; i++)
            {
                if (vector.Frequencies[i] != 1)
                {
                    buffer[bitmap + (i >> 3)] |= (byte)(1 << (i & 7));
                    Write(buffer, vector.Frequencies[i]);
                }
            }
        }

        return [.. buffer];
    }

    /// <summary>The field's term vector, decoded.</summary>
    public static TermVector Field(byte[] packed, MatchField field)
    {
        var position = Seek(packed, field, out var count);
        if (count == 0)
        {
            return TermVector.Empty;
        }

        var terms = new int[count];
        var frequencies = new ushort[count];
        var term = 0;
        for (var i = 0; i < count; i++)
        {
            term += (int)Read(packed, ref position);
            terms[i] = term;
        }

        var bitmap = position;
        position += BitmapLength(count);
        for (var i = 0; i < count; i++)
        {
            frequencies[i] = (packed[bitmap + (i >> 3)] & (1 << (i & 7))) == 0 ? (ushort)1 : (ushort)Read(packed, ref position);
        }

        return new TermVector(terms, frequencies);
    }

    /// <summary>The frequency of <paramref name="term"/> in the field, 0 when absent.</summary>
    public static int FrequencyOf(byte[] packed, MatchField field, int term)
    {
        var position = Seek(packed, field, out var count);
        var current = 0;
        var index = -1;
        for (var i = 0; i < count; i++)
        {
            current += (int)Read(packed, ref position);
            if (current >= term)
            {
                if (current != term)
                {
                    return 0;
                }

                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return 0;
        }

        // Skip the rest of the ids; then the frequency is 1, or the one after as many as the bitmap sets before it.
        for (var i = index + 1; i < count; i++)
        {
            Read(packed, ref position);
        }

        var bitmap = packed.AsSpan(position, BitmapLength(count));
        if ((bitmap[index >> 3] & (1 << (index & 7))) == 0)
        {
            return 1;
        }

        var before = BitsBefore(bitmap, index);
        position += bitmap.Length;
        for (var i = 0; i < before; i++)
        {
            Read(packed, ref position);
        }

        return (int)Read(packed, ref position);
    }

    /// <summary>The position of the field's first term id, and its number of terms.</summary>
    private static int Seek(byte[] packed, MatchField field, out int count)
    {
        var position = 0;
        Span<int> counts = stackalloc int[3];
        for (var f = 0; f < 3; f++)
        {
            counts[f] = (int)Read(packed, ref position);
        }

        for (var f = 0; f < (int)field; f++)
        {
            // The ids, the bitmap and the frequencies it marks, of the fields before.
            for (var i = 0; i < counts[f]; i++)
            {
                Read(packed, ref position);
            }

            var bitmap = packed.AsSpan(position, BitmapLength(counts[f]));
            var frequencies = BitsBefore(bitmap, counts[f]);
            position += bitmap.Length;
            for (var i = 0; i < frequencies; i++)
            {
                Read(packed, ref position);
            }
        }

        count = counts[(int)field];
        return position;
    }

    private static int BitmapLength(int count) => (count + 7) >> 3;

    /// <summary>How many of the bitmap's first <paramref name="count"/> bits are set.</summary>
    private static int BitsBefore(ReadOnlySpan<byte> bitmap, int count)
    {
        var bits = 0;
        for (var i = 0; i < count >> 3; i++)
        {
            bits += BitOperations.PopCount(bitmap[i]);
        }

        if ((count & 7) != 0)
        {
            bits += BitOperations.PopCount((uint)(bitmap[count >> 3] & ((1 << (count & 7)) - 1)));
        }

        return bits;
    }

    private static void Write(List<byte> buffer, uint value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    private static uint Read(byte[] packed, ref int position)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = packed[position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
