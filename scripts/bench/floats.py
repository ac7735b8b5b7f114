# Benchmark: float arithmetic: a Mandelbrot set count and a small n-body simulation.
# Measures float add/mul/compare, math.sqrt, float attribute-free tight loops.
import math


def mandelbrot(size, max_iterations):
    inside = 0
    for row in range(size):
        imaginary = 2.0 * row / size - 1.0
        for column in range(size):
            real = 2.5 * column / size - 2.0
            z_real = 0.0
            z_imaginary = 0.0
            escaped = False
            for iteration in range(max_iterations):
                z_real_squared = z_real * z_real
                z_imaginary_squared = z_imaginary * z_imaginary
                if z_real_squared + z_imaginary_squared > 4.0:
                    escaped = True
                    break
                z_imaginary = 2.0 * z_real * z_imaginary + imaginary
                z_real = z_real_squared - z_imaginary_squared + real
            if not escaped:
                inside += 1
    return inside


def nbody(steps):
    # Bodies as [x, y, vx, vy, mass] lists; initial positions on a spiral. The positions are
    # quantized to 1/1024 so a last-bit difference between libm sin/cos cannot reach the checksum.
    bodies = []
    for index in range(5):
        angle = index * 6.283185307179586 / 5
        x = int(math.cos(angle) * (1 + index) * 1024) / 1024
        y = int(math.sin(angle) * (1 + index) * 1024) / 1024
        bodies.append([x, y, 0.0, 0.0, 1.0 + index])
    dt = 0.001
    for step in range(steps):
        for i in range(5):
            first = bodies[i]
            for j in range(i + 1, 5):
                second = bodies[j]
                dx = first[0] - second[0]
                dy = first[1] - second[1]
                distance_squared = dx * dx + dy * dy + 0.01
                magnitude = dt / (distance_squared * math.sqrt(distance_squared))
                first[2] -= dx * second[4] * magnitude
                first[3] -= dy * second[4] * magnitude
                second[2] += dx * first[4] * magnitude
                second[3] += dy * first[4] * magnitude
        for body in bodies:
            body[0] += dt * body[2]
            body[1] += dt * body[3]
    energy = 0.0
    for body in bodies:
        energy += 0.5 * body[4] * (body[2] * body[2] + body[3] * body[3])
    return energy


# The energy is printed as a scaled int so the checksum does not depend on float repr details.
print("floats checksum", mandelbrot(320, 100), int(nbody(50000) * 1000000))
