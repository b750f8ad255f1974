"""Where a frozen MiniLM keeps what CoLA needs: a converged logistic-regression probe on the
mean-pooled hidden state of each layer (and on all of them), CoLA dev MCC x100.

Reference only (README, "Accuracy"): a numpy re-implementation of the BERT forward over the embedded
model, never used by eptc. Needs numpy, scipy, scikit-learn, safetensors and tokenizers:
    python3 -m venv /tmp/probe --system-site-packages && /tmp/probe/bin/pip install tokenizers safetensors
    /tmp/probe/bin/python tools/accuracy/layer-probe.py        # from the repository root, ~10 CPU-minutes
"""
import numpy as np, sys
from safetensors.numpy import load_file
from tokenizers import Tokenizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import matthews_corrcoef
from scipy.special import erf
W = {k:v.astype(np.float32) for k,v in load_file('models/minilm-l6/model.safetensors').items()}
tok = Tokenizer.from_file('models/minilm-l6/tokenizer.json')
def rows(path):
    out=[]
    for line in open(path):
        p=line.rstrip('\n').split('\t'); out.append((p[3], int(p[1])))
    return out
def ln(x,w,b): m=x.mean(-1,keepdims=True); v=((x-m)**2).mean(-1,keepdims=True); return (x-m)/np.sqrt(v+1e-12)*w+b
def g(k): 
    k=k if k in W else 'bert.'+k
    return W[k]
def forward(ids, mask):
    B,L=ids.shape
    h=g('embeddings.word_embeddings.weight')[ids]+g('embeddings.position_embeddings.weight')[:L][None]+g('embeddings.token_type_embeddings.weight')[0]
    h=ln(h,g('embeddings.LayerNorm.weight'),g('embeddings.LayerNorm.bias'))
    hs=[h]; bias=(1.0-mask[:,None,None,:])*-1e9
    for l in range(6):
        p=f'encoder.layer.{l}.'
        lin=lambda x,n: (x.reshape(-1,x.shape[-1])@g(p+n+'.weight').T+g(p+n+'.bias')).reshape(x.shape[:-1]+(-1,))
        q,k,v=[lin(h,'attention.self.'+n).reshape(B,L,12,32).transpose(0,2,1,3) for n in ('query','key','value')]
        s=q@k.transpose(0,1,3,2)/np.sqrt(32)+bias; s=np.exp(s-s.max(-1,keepdims=True)); s/=s.sum(-1,keepdims=True)
        a=(s@v).transpose(0,2,1,3).reshape(B,L,384)
        h=ln(lin(a,'attention.output.dense')+h,g(p+'attention.output.LayerNorm.weight'),g(p+'attention.output.LayerNorm.bias'))
        f=lin(h,'intermediate.dense'); f=0.5*f*(1+erf(f/np.sqrt(2)))
        h=ln(lin(f,'output.dense')+h,g(p+'output.LayerNorm.weight'),g(p+'output.LayerNorm.bias'))
        hs.append(h)
    m=mask[:,:,None]; return [ (x*m).sum(1)/m.sum(1) for x in hs ], [x[:,0] for x in hs]
def feats(data):
    means=[[] for _ in range(7)]; clss=[[] for _ in range(7)]
    for i in range(0,len(data),64):
        enc=[[x for x in tok.encode(t).ids if x!=0][:64] for t,_ in data[i:i+64]]; L=max(map(len,enc))
        ids=np.zeros((len(enc),L),np.int64); mask=np.zeros((len(enc),L),np.float32)
        for j,e in enumerate(enc): ids[j,:len(e)]=e; mask[j,:len(e)]=1
        mp,cp=forward(ids,mask)
        for l in range(7): means[l].append(mp[l]); clss[l].append(cp[l])
    return [np.concatenate(x) for x in means],[np.concatenate(x) for x in clss]
tr=rows('data/glue/CoLA/train.tsv'); dv=rows('data/glue/CoLA/dev.tsv')
ytr=np.array([y for _,y in tr]); ydv=np.array([y for _,y in dv])
Mtr,Ctr=feats(tr); Mdv,Cdv=feats(dv)
def probe(Xtr,Xdv,name,C=1.0):
    mu=Xtr.mean(0); sd=Xtr.std(0)+1e-6
    clf=LogisticRegression(max_iter=2000,C=C).fit((Xtr-mu)/sd,ytr)
    for thr in [0.5]:
        pr=clf.predict((Xdv-mu)/sd)
    print(f'{name:30s} C={C} MCC={100*matthews_corrcoef(ydv,pr):.1f}', flush=True)
for l in range(7): probe(Mtr[l],Mdv[l],f'mean layer {l}')
probe(np.concatenate(Mtr,1),np.concatenate(Mdv,1),'mean all layers',0.1)
probe(np.concatenate(Mtr,1),np.concatenate(Mdv,1),'mean all layers',0.01)
probe(np.concatenate(Mtr[2:5],1),np.concatenate(Mdv[2:5],1),'mean layers 2-4',0.1)
probe(np.concatenate(Ctr+Mtr,1),np.concatenate(Cdv+Mdv,1),'mean+cls all',0.01)
