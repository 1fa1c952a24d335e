using System.Numerics.Tensors;

namespace Matchmaking.Embeddings;

internal static class VectorMath
{
    /// <summary>The vector scaled to unit length in place (a zero vector stays zero).</summary>
    public static float[] Normalised(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
