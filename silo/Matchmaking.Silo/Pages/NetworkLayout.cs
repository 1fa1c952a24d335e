namespace Matchmaking.Silo.Pages;

/// <summary>
/// Places the nodes of a small graph so that partners sit close and strangers apart (Fruchterman and Reingold's
/// force-directed layout, with a pull towards the centre so that separate groups stay in the picture). Deterministic:
/// the same graph always gets the same picture, on every silo, because the start is a circle in the nodes' order
/// and nothing is random. Cost: O(iterations × nodes²); the dashboard draws at most <see cref="MaxNodes"/>.
/// </summary>
public static class NetworkLayout
{
    public const int MaxNodes = 80;
    private const int Iterations = 300;
    private const double Gravity = 0.06;

    /// <summary>
    /// Positions in the unit square (0 to 1 on each side, margins included by the caller) for <paramref name="count"/>
    /// nodes joined by <paramref name="edges"/> (pairs of node indexes).
    /// </summary>
    public static IReadOnlyList<(double X, double Y)> Place(int count, IReadOnlyList<(int A, int B)> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(edges);
        if (count == 0)
        {
            return [];
        }

        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            var angle = 2 * Math.PI * i / count;
            (x[i], y[i]) = (0.5 + (0.4 * Math.Cos(angle)), 0.5 + (0.4 * Math.Sin(angle)));
        }

        var k = Math.Sqrt(1.0 / count);
        var dx = new double[count];
        var dy = new double[count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, dx, dy, k);
            Attract(x, y, dx, dy, k, edges);
            var temperature = 0.1 * (1 - ((double)iteration / Iterations)) + 0.002;
            for (var i = 0; i < count; i++)
            {
                dx[i] -= Gravity * (x[i] - 0.5) / k;
                dy[i] -= Gravity * (y[i] - 0.5) / k;
                var length = Math.Max(1e-9, Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i])));
                var step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
        }

        return Fit(x, y);
    }

    private static void Repel(double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                var distance = Math.Max(0.01, Math.Sqrt((ex * ex) + (ey * ey)));
                var force = k * k / distance;
                var (fx, fy) = (ex / distance * force, ey / distance * force);
                dx[i] += fx;
                dy[i] += fy;
                dx[j] -= fx;
                dy[j] -= fy;
            }
        }
    }

    private static void Attract(double[] x, double[] y, double[] dx, double[] dy, double k, IReadOnlyList<(int A, int B)> edges)
    {
        foreach (var (a, b) in edges)
        {
            var (ex, ey) = (x[a] - x[b], y[a] - y[b]);
            var distance = Math.Max(0.01, Math.Sqrt((ex * ex) + (ey * ey)));
            var force = distance * distance / k;
            var (fx, fy) = (ex / distance * force, ey / distance * force);
            dx[a] -= fx;
            dy[a] -= fy;
            dx[b] += fx;
            dy[b] += fy;
        }
    }

    // Stretch the result over the unit square on each axis (the picture is wider than tall; a lone node is centred).
    private static List<(double X, double Y)> Fit(double[] x, double[] y)
    {
        static Func<double, double> Stretch(double[] values)
        {
            var (min, max) = (values.Min(), values.Max());
            return max - min < 1e-9 ? _ => 0.5 : value => (value - min) / (max - min);
        }

        var (sx, sy) = (Stretch(x), Stretch(y));
        return [.. x.Select((value, i) => (sx(value), sy(y[i])))];
    }
}
