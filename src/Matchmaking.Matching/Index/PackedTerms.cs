using System.Numerics;

namespace Matchmaking.Matching.Index;

/// <summary>
/// A document's term vectors of all three <see cref="MatchField"/>s in one byte array, as variable-length numbers
/// (7 bits a byte): first the three term counts (those of the other fields doubled, plus one when the field's terms
/// are kept as a bitmap), then per field its terms and their frequencies. The terms are ids as gaps from the previous
/// id (ids ascend) or, for a field whose terms are all in the first field's (the text holds every supply and demand
/// term) when that is shorter, a bitmap over the first field's terms (one bit per term, least significant bit first). The
/// frequencies are a bitmap with one bit per term, set when its frequency is not 1, then those frequencies. A
/// document's own rare terms get neighbouring ids when it is indexed, and most frequencies are 1, so an entry takes
/// about a byte and a half instead of 6 in two arrays per field. Read by decoding (<see cref="Field"/>), or by scanning
/// for one term (<see cref="FrequencyOf"/>) without allocating.
/// </summary>
internal static class PackedTerms
{
    private const int Fields = 3;

    public static byte[] Empty { get; } = Pack([TermVector.Empty, TermVector.Empty, TermVector.Empty]);

    public static byte[] Pack(ReadOnlySpan<TermVector> fields)
    {
        var text = fields[0];
        Span<bool> subset = stackalloc bool[Fields];
        var buffer = new List<byte>(64);
        for (var f = 0; f < Fields; f++)
        {
            subset[f] = f > 0 && fields[f].Count > 0 && BitmapLength(text.Count) < GapBytes(fields[f].Terms) && IsSubset(fields[f].Terms, text.Terms);
            Write(buffer, f == 0 ? (uint)text.Count : (uint)((fields[f].Count << 1) | (subset[f] ? 1 : 0)));
        }

        for (var f = 0; f < Fields; f++)
        {
            var vector = fields[f];
            if (subset[f])
            {
                var members = Bitmap(buffer, text.Count);
                for (int i = 0, j = 0; i < vector.Count; i++, j++)
                {
                    while (text.Terms[j] != vector.Terms[i])
                    {
                        j++;
                    }

                    buffer[members + (j >> 3)] |= (byte)(1 << (j & 7));
                }
            }
            else
            {
                var previous = 0;
                foreach (var term in vector.Terms)
                {
                    Write(buffer, (uint)(term - previous));
                    previous = term;
                }
            }

            var frequencies = Bitmap(buffer, vector.Count);
            for (var i = 0; i < vector.Count; i++)
            {
                if (vector.Frequencies[i] != 1)
                {
                    buffer[frequencies + (i >> 3)] |= (byte)(1 << (i & 7));
                    Write(buffer, vector.Frequencies[i]);
                }
            }
        }

        return [.. buffer];
    }

    /// <summary>The field's term vector, decoded.</summary>
    public static TermVector Field(byte[] packed, MatchField field)
    {
        var header = Header.Read(packed);
        var count = header.Count((int)field);
        if (count == 0)
        {
            return TermVector.Empty;
        }

        var terms = new int[count];
        var frequencies = new ushort[count];
        var position = header.Seek(packed, field);
        if (header.Subset((int)field))
        {
            var members = packed.AsSpan(position, BitmapLength(header.Count(0)));
            var text = header.Seek(packed, MatchField.Text);
            var term = 0;
            for (int j = 0, i = 0; i < count; j++)
            {
                term += (int)Read(packed, ref text);
                if ((members[j >> 3] & (1 << (j & 7))) != 0)
                {
                    terms[i++] = term;
                }
            }

            position += members.Length;
        }
        else
        {
            var term = 0;
            for (var i = 0; i < count; i++)
            {
                term += (int)Read(packed, ref position);
                terms[i] = term;
            }
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
        var header = Header.Read(packed);
        var subset = header.Subset((int)field);

        // The term's place among the field's ids, or among the text's when the field keeps a bitmap over them.
        var position = header.Seek(packed, subset ? MatchField.Text : field);
        var index = IndexOf(packed, ref position, header.Count(subset ? 0 : (int)field), term);
        if (index < 0)
        {
            return 0;
        }

        var count = header.Count((int)field);
        if (subset)
        {
            position = header.Seek(packed, field);
            var members = packed.AsSpan(position, BitmapLength(header.Count(0)));
            if ((members[index >> 3] & (1 << (index & 7))) == 0)
            {
                return 0;
            }

            index = BitsBefore(members, index);
            position += members.Length;
        }
        else
        {
            // Skip the rest of the ids.
            for (var i = index + 1; i < count; i++)
            {
                Read(packed, ref position);
            }
        }

        // The frequency is 1, or the one after as many as the bitmap sets before it.
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

    /// <summary>Where <paramref name="term"/> is among the <paramref name="count"/> ids read from
    /// <paramref name="position"/> (left just after it), or -1.</summary>
    private static int IndexOf(byte[] packed, ref int position, int count, int term)
    {
        var current = 0;
        for (var i = 0; i < count; i++)
        {
            current += (int)Read(packed, ref position);
            if (current >= term)
            {
                return current == term ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>How many bytes the ids take as gaps.</summary>
    private static int GapBytes(int[] terms)
    {
        var bytes = 0;
        var previous = 0;
        foreach (var term in terms)
        {
            var gap = (uint)(term - previous);
            bytes += (BitOperations.Log2(gap | 1) / 7) + 1;
            previous = term;
        }

        return bytes;
    }

    private static bool IsSubset(int[] terms, int[] of)
    {
        var j = 0;
        foreach (var term in terms)
        {
            while (j < of.Length && of[j] < term)
            {
                j++;
            }

            if (j == of.Length || of[j] != term)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends an empty bitmap of <paramref name="bits"/> bits; where it starts.</summary>
    private static int Bitmap(List<byte> buffer, int bits)
    {
        var start = buffer.Count;
        for (var i = 0; i < BitmapLength(bits); i++)
        {
            buffer.Add(0);
        }

        return start;
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

    /// <summary>The term counts of the three fields, which fields keep a bitmap over the text's terms, and where the
    /// first field starts.</summary>
    private readonly struct Header(int text, int supply, int demand, int subsets, int start)
    {
        public int Count(int field) => field switch
        {
            0 => text,
            1 => supply,
            _ => demand,
        };

        public bool Subset(int field) => (subsets & (1 << field)) != 0;

        public static Header Read(byte[] packed)
        {
            var position = 0;
            var text = (int)PackedTerms.Read(packed, ref position);
            var supply = (int)PackedTerms.Read(packed, ref position);
            var demand = (int)PackedTerms.Read(packed, ref position);
            return new Header(text, supply >> 1, demand >> 1, ((supply & 1) << 1) | ((demand & 1) << 2), position);
        }

        /// <summary>The position of the field's ids (or bitmap over the text's), skipping the fields before.</summary>
        public int Seek(byte[] packed, MatchField field)
        {
            var position = start;
            for (var f = 0; f < (int)field; f++)
            {
                if (Subset(f))
                {
                    position += BitmapLength(text);
                }
                else
                {
                    for (var i = 0; i < Count(f); i++)
                    {
                        PackedTerms.Read(packed, ref position);
                    }
                }

                var bitmap = packed.AsSpan(position, BitmapLength(Count(f)));
                var frequencies = BitsBefore(bitmap, Count(f));
                position += bitmap.Length;
                for (var i = 0; i < frequencies; i++)
                {
                    PackedTerms.Read(packed, ref position);
                }
            }

            return position;
        }
    }
}
