import { Resvg } from '@resvg/resvg-js';
import { createElement } from 'react';
import satori from 'satori';
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { CardLayout, getCardFonts } from '@/lib/share-image/render-share-image';
const card = { locale: 'hi', siteName: 'व्यापार संवाद', headline: 'चीन और बेलारूस के चमड़ा उद्योग संघों ने सहयोग समझौते पर हस्ताक्षर किए, निर्यात बढ़ाने की योजना', organisations: ['भारतीय चमड़ा निर्यात परिषद', 'बेलारूसी उद्योग संघ'], date: '2 दिसंबर 2026' } as any;
const fonts = getCardFonts('devanagari');
function chunk(type: string, data: Buffer) { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type,'latin1'), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc32(td)>>>0); return Buffer.concat([len, td, c]); }
function encodeIndexed(rgba: Uint8Array, w: number, h: number, level: number) {
  const px = new Uint32Array(rgba.buffer, rgba.byteOffset, w*h);
  const index = new Map<number, number>(); const palette: number[] = [];
  const raw = Buffer.alloc((w+1)*h);
  let last = -1, lastI = 0;
  for (let y=0;y<h;y++){ const row=y*(w+1); raw[row]=0; for(let x=0;x<w;x++){ const v=px[y*w+x]; let i; if (v===last) i=lastI; else { i=index.get(v); if(i===undefined){ i=palette.length; if(i>=256) return null; index.set(v,i); palette.push(v);} last=v; lastI=i; } raw[row+1+x]=i; } }
  const plte = Buffer.alloc(palette.length*3); palette.forEach((v,i)=>{plte[i*3]=v&255; plte[i*3+1]=(v>>>8)&255; plte[i*3+2]=(v>>>16)&255;});
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w,0); ihdr.writeUInt32BE(h,4); ihdr[8]=8; ihdr[9]=3; ihdr[10]=0; ihdr[11]=0; ihdr[12]=0;
  return { png: Buffer.concat([Buffer.from([137,80,78,71,13,10,26,10]), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw,{level})), chunk('IEND', Buffer.alloc(0))]), colors: palette.length };
}
let t = {svg:0, render:0, png:0, idx:0}; let size=0, isize=0, colors=0;
for (let i=0;i<30;i++){
  const a=performance.now();
  const svg = await satori(createElement(CardLayout,{card}),{width:1200,height:630,fonts});
  const b=performance.now();
  const r = new Resvg(svg,{fitTo:{mode:'width',value:1200},font:{loadSystemFonts:false}}).render();
  const c=performance.now();
  const png = r.asPng(); size=png.length;
  const d=performance.now();
  const res = encodeIndexed(r.pixels, r.width, r.height, Number(process.argv[2] ?? 6))!; isize=res.png.length; colors=res.colors;
  const e=performance.now();
  if(i>=10){t.svg+=b-a;t.render+=c-b;t.png+=d-c;t.idx+=e-d}
  if(i==0) { writeFileSync('/tmp/card-orig.png', png); writeFileSync('/tmp/card-idx.png', res.png); }
}
console.log({svg:t.svg/20, render:t.render/20, png:t.png/20, idx:t.idx/20, size, isize, colors});
