import type { StandaloneSvg } from './standaloneSvg';

/** An SVG document as a data: URL an <img> can load (a blob: URL works too, but data: survives being stored). */
export const svgDataUrl = (markup: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The SVG could not be drawn as an image.'));
    img.src = src;
  });
}

/**
 * Rasterises the standalone SVG at `scale`× its size on a white background. The browser draws the SVG as
 * vectors at the canvas size, so 2× and 3× are sharp, not upscaled pixels.
 */
export async function svgToPng(svg: StandaloneSvg, scale: number): Promise<Blob> {
  const img = await loadImage(svgDataUrl(svg.markup));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2D canvas in this browser.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
